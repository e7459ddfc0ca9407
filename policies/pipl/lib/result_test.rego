package pipl.lib_test

import data.pipl.lib

test_pointer_escapes_and_numbers if {
	lib.pointer(["a/b", "c~d", 3]) == "/a~1b/c~0d/3"
	lib.pointer([]) == ""
}

test_finding_shapes if {
	lib.finding("R-001", ["x", 0], {"v": 1}) == {"rule_id": "R-001", "pointer": "/x/0", "params": {"v": 1}}
	lib.finding_msg("R-001", "other", [], {}) == {"rule_id": "R-001", "message_id": "other", "pointer": "", "params": {}}
}

test_dates_follow_the_clock if {
	lib.today == "2026-03-01" with time.now_ns as 1772323200000000000
	lib.current_year == 2026 with time.now_ns as 1772323200000000000
	lib.before("2026-02-28", "2026-03-01")
	not lib.before("2026-03-01", "2026-03-01")
}
