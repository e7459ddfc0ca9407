import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/strings.js';
import { obj, set } from '../../../src/rego/values.js';
import { call, callError, callValue, callValueError } from './helpers.js';

describe('strings family', () => {
  it('counts indices in code points', () => {
    expect(call('indexof', '🍧🍨🧁🍰🍮', '🍮')).toBe(4);
    expect(call('indexof', 'abcdefgh', 'xyz')).toBe(-1);
    expect(call('indexof_n', '😇😀😇😀😇😀', '😀')).toEqual([1, 3, 5]);
    expect(call('substring', 'aåäö', 2, -1)).toBe('äö');
    expect(call('substring', 'abcdefgh', 2, 10000)).toBe('cdefgh');
    expect(call('substring', 'aaa', 4, -1)).toBe('');
  });

  it('rejects a negative substring offset and fractional split_n counts', () => {
    const e = callError('substring', 'aaa', -1, -1);
    expect(e.code).toBe('eval_builtin_error');
    expect(e.message).toBe('negative offset');
    const f = callError('strings.split_n', 'a.b.c', '.', 1.5);
    expect(f.code).toBe('eval_type_error');
    expect(f.message).toBe('operand 3 must be integer number but got floating-point number');
  });

  it('splits like Go', () => {
    expect(call('split', 'test', '')).toEqual(['t', 'e', 's', 't']);
    expect(call('split', '', '')).toEqual([]);
    expect(call('strings.split_n', 'a.b.c.d', '.', 2)).toEqual(['a', 'b']);
    expect(call('strings.split_n', 'a.b.c.d', '.', -2)).toEqual(['c', 'd']);
    expect(call('strings.split_n', 'abc', '', -2)).toEqual(['b', 'c']);
    expect(call('strings.split_n', 'a.b.c.d', '.', 0)).toEqual([]);
  });

  it('trims by cut set and Go white space', () => {
    expect(call('trim', '...foo.bar...', '.fr')).toBe('oo.ba');
    expect(call('trim_left', '¡¡¡foo, bar!!!', '!¡')).toBe('foo, bar!!!');
    expect(call('trim_space', ' \t\n foo, bar \n\t\r\n')).toBe('foo, bar');
    expect(call('trim_suffix', '¡¡¡foo, bar!!!', ', foo!!!')).toBe('¡¡¡foo, bar!!!');
  });

  it('formats with Go verbs', () => {
    expect(call('sprintf', 'hi %02X.%02X', [127, 1])).toBe('hi 7F.01');
    expect(call('sprintf', 'hi %.2f', [3.1415])).toBe('hi 3.14');
    expect(call('sprintf', 'hi %v', [['there', 5, 3.14]])).toBe('hi ["there", 5, 3.14]');
    expect(call('sprintf', '%s', [true])).toBe('true');
    expect(callValue('sprintf', ['%s', [123456789123456789123n]])).toBe('123456789123456789123');
    expect(call('sprintf', '%d', [5])).toBe('5');
    expect(call('sprintf', '%s', [5])).toBe('%!s(int64=5)');
    expect(call('sprintf', '%v %v', [1])).toBe('1 %!v(MISSING)');
    expect(call('sprintf', '%e', [1234.5])).toBe('1.234500e+03');
    expect(call('sprintf', '%g', [0.000012])).toBe('1.2e-05');
    expect(call('sprintf', '%-5s|%5s', ['a', 'b'])).toBe('a    |    b');
    expect(call('sprintf', '%q', ['a"b'])).toBe('"a\\"b"');
    expect(call('sprintf', '%x', ['hi'])).toBe('6869');
    expect(call('sprintf', '%+d', [3])).toBe('+3');
    expect(call('sprintf', '100%%', [])).toBe('100%');
    expect(call('sprintf', '%d', [true])).toBe('%!d(string=true)');
    expect(call('sprintf', '%v|%v', [null, { a: [1] }])).toBe('null|{"a": [1]}');
    expect(call('sprintf', '%d', ['x'])).toBe('%!d(string=x)');
    expect(call('sprintf', '%s', [1.5])).toBe('%!s(float64=1.5)');
    expect(call('sprintf', '%d %d', [1, 2, 3])).toBe('1 2%!(EXTRA int64=3)');
    expect(callError('sprintf', '%s', 'x').code).toBe('eval_type_error');
  });

  it('replaces many patterns with Go Replacer priority', () => {
    expect(callValue('strings.replace_n', [obj([['f', 'x'], ['foo', 'xxx']]), 'foobar'])).toBe('xoobar');
    expect(callValue('strings.replace_n', [obj([['<', '&lt;'], ['>', '&gt;']]), 'This is <b>HTML</b>!'])).toBe('This is &lt;b&gt;HTML&lt;/b&gt;!');
    const e = callValueError('strings.replace_n', [obj([[2, 'x']]), 'foo']);
    expect(e.message).toBe('operand 1 non-string key found in pattern object');
    expect(call('replace', 'foo...bar', '..', ',,')).toBe('foo,,.bar');
  });

  it('matches prefixes and suffixes of strings, arrays and sets', () => {
    expect(call('strings.any_prefix_match', ['a/b/c', 'e/f/g'], ['x/', 'e/'])).toBe(true);
    expect(callValue('strings.any_suffix_match', [set(['a/b/c']), '/c'])).toBe(true);
    expect(call('strings.any_prefix_match', 'a/b/c', ['g/', 'd/'])).toBe(false);
    const e = callError('strings.any_prefix_match', [1, 2], 'a');
    expect(e.message).toBe('operand 1 must be array of strings but got array containing number');
    expect(callError('strings.any_suffix_match', 'a', 1).message).toBe('operand 2 must be one of {string, set, array} but got number');
  });

  it('counts, reverses, concatenates and formats integers', () => {
    expect(call('strings.count', 'dummy', '')).toBe(6);
    expect(call('strings.count', '11111', '11')).toBe(2);
    expect(call('strings.reverse', '1😀𝛾')).toBe('𝛾😀1');
    expect(call('concat', '/', ['', 'foo', 'bar'])).toBe('/foo/bar');
    expect(call('format_int', 15.5, 16)).toBe('f');
    expect(call('format_int', -15.5, 2)).toBe('-1111');
    expect(callError('format_int', 4.1, 199).message).toBe('operand 2 must be one of {2, 8, 10, 16}');
    expect(callError('strings.reverse', 123).message).toBe('operand 1 must be string but got number');
  });

  it('renders Go templates', () => {
    const vars = obj([['hellonames', ['rohan', 'john doe']]]);
    expect(callValue('strings.render_template', ['{{range $i, $name := .hellonames}}{{if $i}},{{end}}hello {{$name}}{{end}}', vars])).toBe(
      'hello rohan,hello john doe',
    );
    expect(callValue('strings.render_template', ['test {{.foo}} {{.baz}}', obj([['baz', 1]])])).toBe('test <undefined> 1');
    expect(callValueError('strings.render_template', ['{{if .x}}', obj()]).code).toBe('eval_builtin_error');
    const data = obj([['n', 7], ['name', 'ACME'], ['xs', ['a', 'b', 'c']], ['m', obj([['k', 'v']])]]);
    const render = (t: string) => callValue('strings.render_template', [t, data]);
    expect(render('{{.n | printf "%03d"}}')).toBe('007');
    expect(render('{{printf "%s has %d" .name (len .xs)}}')).toBe('ACME has 3');
    expect(render('{{if and (gt .n 5) (eq .name "ACME" "X")}}big{{else}}small{{end}}')).toBe('big');
    expect(render('{{if not (lt .n 5)}}ok{{end}}')).toBe('ok');
    expect(render('{{index .xs 1}}-{{index .m "k"}}')).toBe('b-v');
    expect(render('{{$x := .name}}{{range .xs}}{{$x}}{{.}}{{end}}')).toBe('ACMEaACMEbACMEc');
    expect(callValueError('strings.render_template', ['{{nosuch .n}}', data]).code).toBe('eval_builtin_error');
    expect(callValueError('strings.render_template', ['{{.n | .name}}', data]).code).toBe('eval_builtin_error');
    expect(callValueError('strings.render_template', ['{{lt .n "x"}}', data]).code).toBe('eval_builtin_error');
  });
});
