/**
 * A regular expression compiled on its first test. A Unicode property class (`\p{L}`) costs
 * V8 tens of microseconds to set up when the literal is evaluated, so module-level ones would
 * be paid at every start-up, whether or not the program ever asks `str.isalpha()`.
 */
export class LazyRegExp {
  private re: RegExp | null = null;

  constructor(private readonly make: () => RegExp) {}

  test(s: string): boolean {
    let re = this.re;
    if (re === null) re = this.re = this.make();
    return re.test(s);
  }
}
