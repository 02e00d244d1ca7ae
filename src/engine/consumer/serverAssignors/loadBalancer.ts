/**
 * Walks a topic's subscribers from least to most loaded, as Kafka's
 * `UniformHeterogeneousAssignmentBuilder.MemberAssignmentBalancer` does: members are sorted once by
 * (partition count, index); the "least loaded" cursor cycles through every member at or below a level
 * that rises each time the cursor wraps, and the "most loaded" cursor walks down from the top level.
 * The counts themselves live in the shared `sizes` array, which the builder updates as it moves
 * partitions, so the cursors see every move.
 */
export class LoadBalancerCursor {
  private sorted: number[] = [];
  private leastEnd = 0; // exclusive end of the least-loaded range
  private leastLevel = -1;
  private nextLeast = 0;
  private mostStart = 0; // inclusive start of the most-loaded range
  private mostEnd = 0; // exclusive end
  private mostLevel = 1;
  private nextMost = -1;

  constructor(private readonly sizes: number[]) {}

  /** Starts over for these members; returns the spread between the most and the least loaded. */
  initialize(members: readonly number[]): number {
    if (members.length === 0) throw new Error('Cannot balance an empty subscriber list.');
    this.sorted = [...members].sort((a, b) => this.sizes[a]! - this.sizes[b]! || a - b);
    const lowest = this.sizes[this.sorted[0]!]!;
    const highest = this.sizes[this.sorted[this.sorted.length - 1]!]!;
    this.leastEnd = 0;
    this.leastLevel = lowest - 1;
    this.nextLeast = 0;
    this.mostStart = this.sorted.length;
    this.mostEnd = this.sorted.length;
    this.mostLevel = highest + 1;
    this.nextMost = this.sorted.length - 1;
    return highest - lowest;
  }

  /** The next member to receive a partition. */
  nextLeastLoaded(): number {
    if (this.nextLeast >= this.leastEnd) {
      this.leastLevel++;
      while (this.leastEnd < this.sorted.length && this.sizeAt(this.leastEnd) === this.leastLevel) {
        this.leastEnd++;
      }
      this.nextLeast = 0;
    }
    return this.sorted[this.nextLeast++]!;
  }

  /** The next member to give a partition up, or -1 when none is left. */
  nextMostLoaded(): number {
    if (this.nextMost < this.mostStart) {
      if (this.mostEnd <= this.mostStart && this.mostStart > 0) {
        // Every member of the range was excluded: jump to the next lower level present.
        this.mostLevel = this.sizeAt(this.mostStart - 1);
      } else {
        this.mostLevel--;
      }
      while (this.mostStart > 0 && this.sizeAt(this.mostStart - 1) === this.mostLevel) this.mostStart--;
      this.nextMost = this.mostEnd - 1;
    }
    if (this.nextMost < 0) return -1;
    return this.sorted[this.nextMost--]!;
  }

  /** Drops the member `nextMostLoaded` just returned from the most-loaded range (nothing to give). */
  excludeMostLoaded(): void {
    const i = this.nextMost + 1;
    const member = this.sorted[i]!;
    this.sorted[i] = this.sorted[this.mostEnd - 1]!;
    this.sorted[this.mostEnd - 1] = member;
    this.mostEnd--;
  }

  /** True when the most and least loaded levels differ by at most one. */
  isBalanced(): boolean {
    return this.mostLevel - this.leastLevel <= 1;
  }

  private sizeAt(position: number): number {
    return this.sizes[this.sorted[position]!]!;
  }
}
