# METADATA
# title: pipl-guard helper library
# description: >-
#   Builds the results of deny rules (findings), JSON Pointers into the plan and dates relative to
#   the lint date. Rule authors never build a finding object by hand.
# scope: package
package pipl.lib

# finding(rule_id, path, params) is a finding of the rule rule_id at the plan node path (an array of
# keys and indices, e.g. ["cross_border", "flows", 2, "mechanism"]) with the rule's default message.
finding(rule_id, path, params) := {"rule_id": rule_id, "pointer": pointer(path), "params": params}

# finding_msg is finding with one of the messages the rule declares in custom.messages.
finding_msg(rule_id, message_id, path, params) := {
	"rule_id": rule_id,
	"message_id": message_id,
	"pointer": pointer(path),
	"params": params,
}

# pointer(path) is the RFC 6901 JSON Pointer of a path; [] is the whole plan ("").
pointer(path) := concat("/", array.concat([""], [token(segment) | some segment in path])) if count(path) > 0

pointer([]) := ""

token(segment) := replace(replace(segment, "~", "~0"), "/", "~1") if is_string(segment)

token(segment) := format_int(segment, 10) if is_number(segment)

# The lint date (--now, or today), as YYYY-MM-DD, and its calendar year.
today := time.format([time.now_ns(), "UTC", "2006-01-02"])

current_year := time.date(time.now_ns())[0]

# day_ns(date) is midnight UTC of a YYYY-MM-DD date in nanoseconds since the epoch.
day_ns(date) := time.parse_ns("2006-01-02", date)

# before(a, b) holds when the date a is strictly earlier than the date b.
before(a, b) if day_ns(a) < day_ns(b)

