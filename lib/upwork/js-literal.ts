// Reads Nuxt 2's `window.__NUXT__=(function(a,b,…){…return {…}}(1,"x",…))` without running
// it: extensions may not eval page code, and the state is plain literals bound to
// parameters. Supports objects, arrays, strings, numbers, true/false/null/undefined,
// `void 0`, parameter references, and the `(…)=>{…}` form of 2026. Statements before
// `return` (`aw.name="Newest";`) are skipped: they only decorate sort menus.
// Anything else throws; callers treat that as "no state".

type Value = unknown;
const IDENT = /[A-Za-z_$][\w$]*/y;
const NUMBER = /-?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)/iy;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

class Reader {
  i = 0;
  constructor(readonly s: string, public scope: Map<string, Value> = new Map()) {}

  ws(): void {
    const s = this.s;
    while (this.i < s.length && s.charCodeAt(this.i) <= 32) this.i++;
  }
  peek(): string {
    this.ws();
    return this.s[this.i] ?? '';
  }
  eat(token: string): boolean {
    this.ws();
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }
  expect(token: string): void {
    if (!this.eat(token)) throw new SyntaxError(`expected ${token} at ${this.i}`);
  }
  ident(): string | null {
    this.ws();
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.s);
    if (!m) return null;
    this.i += m[0].length;
    return m[0];
  }

  string(): string {
    const s = this.s;
    const quote = s.charCodeAt(this.i++);
    let out = '';
    let from = this.i;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (Number.isNaN(c)) throw new SyntaxError('unterminated string');
      if (c === quote) {
        out += s.slice(from, this.i++);
        return out;
      }
      if (c !== 92 /* \\ */) {
        this.i++;
        continue;
      }
      out += s.slice(from, this.i);
      const e = s[this.i + 1] ?? '';
      this.i += 2;
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        out += String.fromCharCode(parseInt(s.slice(this.i, this.i + len), 16));
        this.i += len;
      } else out += ESCAPES[e] ?? e;
      from = this.i;
    }
  }

  value(): Value {
    const c = this.peek();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") return this.string();
    NUMBER.lastIndex = this.i;
    const num = NUMBER.exec(this.s);
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    const id = this.ident();
    if (id === null) throw new SyntaxError(`unexpected ${c} at ${this.i}`);
    if (id === 'true') return true;
    if (id === 'false') return false;
    if (id === 'null') return null;
    if (id === 'void') return void this.value();
    if (id === 'undefined') return undefined;
    if (!this.scope.has(id)) throw new SyntaxError(`unknown name ${id}`);
    return this.scope.get(id);
  }

  array(): Value[] {
    this.expect('[');
    const out: Value[] = [];
    while (!this.eat(']')) {
      out.push(this.value());
      this.eat(',');
    }
    return out;
  }

  object(): Record<string, Value> {
    this.expect('{');
    const out: Record<string, Value> = Object.create(null);
    while (!this.eat('}')) {
      const c = this.peek();
      const key = c === '"' || c === "'" ? this.string() : (this.ident() ?? String(this.value()));
      out[key] = this.eat(':') ? this.value() : this.scope.get(key);
      this.eat(',');
    }
    return out;
  }
}

/** Index just past the bracket group (or string) starting at `i`, skipping strings. */
function skipGroup(s: string, i: number): number {
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\') i++;
    } else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  throw new SyntaxError('unbalanced');
}

/** Index of the `return` keyword at the top level of the block starting at `open`. */
function topLevelReturn(s: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < end && s[i] !== c; i++) if (s[i] === '\\') i++;
    } else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (depth === 1 && s.startsWith('return', i) && !/[\w$]/.test(s[i - 1] ?? '')) return i;
  }
  throw new SyntaxError('no return');
}

/** The value a `window.__NUXT__=…` script assigns; throws when it is not plain data. */
export function readNuxtAssignment(script: string): Value {
  const at = script.indexOf('__NUXT__');
  if (at < 0) throw new SyntaxError('no __NUXT__');
  const r = new Reader(script);
  r.i = script.indexOf('=', at) + 1;
  if (r.peek() !== '(') return r.value();
  while (r.eat('('));
  r.eat('function');
  r.eat('(');
  const params: string[] = [];
  for (let p = r.ident(); p !== null; p = r.eat(',') ? r.ident() : null) params.push(p);
  r.expect(')');
  r.eat('=>');
  r.ws();
  const bodyOpen = r.i;
  const bodyEnd = skipGroup(script, bodyOpen);
  r.i = bodyEnd;
  while (r.eat(')'));
  r.expect('(');
  const args: Value[] = [];
  while (!r.eat(')')) {
    args.push(r.value());
    r.eat(',');
  }
  params.forEach((p, k) => r.scope.set(p, args[k]));
  if (script[bodyOpen] === '(') r.i = bodyOpen + 1; // `=>({…})`
  else r.i = topLevelReturn(script, bodyOpen, bodyEnd) + 'return'.length;
  return r.value();
}
