/** Tasks mermaid leaves without dates, and why: `after`/`until` references that go round in a circle, wait on one, or chain back further than mermaid follows. */

import type { DatedTask } from './gantt-dates.js';
import { quote, type LintContext } from './gantt-messages.js';
import { sourceText } from './gantt-statements.js';

/** How every message about an undated task starts: mermaid draws the chart, but no bar for this task. */
export const undrawn = 'mermaid cannot draw this task:';

/** Why a task has no dates: it is in a circle, waits (through others) on one, or waits on a chain mermaid stopped following. */
export type Undated =
  | { kind: 'circle'; circle: number[] }
  | { kind: 'waits-on-circle'; waitsFor: number; circle: number[] }
  | { kind: 'too-deep'; waitsFor: number | null };

// mermaid compiles the tasks once and then at most ten more times.
const roundsFollowed = 11;
// A long circle is named by its first few tasks.
const namedInCircle = 6;

/** The strongly connected parts of a graph, by Tarjan's algorithm with an explicit stack (charts can have thousands of tasks). */
function stronglyConnected(edges: readonly (readonly number[])[]): number[] {
  const component = new Array<number>(edges.length).fill(-1);
  const order = new Array<number>(edges.length).fill(-1);
  const low = new Array<number>(edges.length).fill(0);
  const onStack = new Array<boolean>(edges.length).fill(false);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < edges.length; root++) {
    if (order[root] !== -1) continue;
    const frames: { node: number; next: number }[] = [{ node: root, next: 0 }];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; next: number };
      const targets = edges[frame.node] ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as number;
        if (order[target] === -1) {
          order[target] = low[target] = counter++;
          stack.push(target);
          onStack[target] = true;
          frames.push({ node: target, next: 0 });
        } else if (onStack[target]) {
          low[frame.node] = Math.min(low[frame.node] ?? 0, order[target] ?? 0);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] ?? 0, low[frame.node] ?? 0);
      if (low[frame.node] === order[frame.node]) {
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack[member] = false;
          component[member] = components;
          if (member === frame.node) break;
        }
        components++;
      }
    }
  }
  return component;
}

/** One circle through `start` inside its component, found breadth first. */
function circleThrough(start: number, edges: readonly (readonly number[])[], component: readonly number[]): number[] {
  const cameFrom = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (const target of edges[node] ?? []) {
      if (component[target] !== component[start]) continue;
      if (target === start) {
        const path = [node];
        for (let step = cameFrom.get(node); step !== undefined; step = cameFrom.get(step)) path.push(step);
        return path.reverse();
      }
      if (!cameFrom.has(target) && target !== start) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}

/** Why each task mermaid leaves without dates has none, by task index. */
export function undatedTasks(dated: readonly DatedTask[]): Map<number, Undated> {
  // An id names the last task written with it, as in mermaid.
  const indexOfId = new Map<string, number>();
  dated.forEach((task, index) => {
    if (task.id !== null && task.id !== '__proto__') indexOfId.set(task.id, index);
  });
  const undated = dated.map((task) => task.failure === null && (!task.start || !task.end));
  const waitedFor = dated.map((task) => task.waitsFor.flatMap((id) => {
    const target = indexOfId.get(id);
    return target === undefined ? [] : [target];
  }));
  // Only what an undated task waits for that has no dates either keeps it undated.
  const edges = waitedFor.map((targets, index) => (undated[index] ? targets.filter((target) => undated[target]) : []));
  const component = stronglyConnected(edges);
  const size = new Map<number, number>();
  for (const part of component) size.set(part, (size.get(part) ?? 0) + 1);

  const reasons = new Map<number, Undated>();
  const circles = new Map<number, number[]>();
  const queue: number[] = [];
  edges.forEach((targets, index) => {
    const part = component[index] ?? -1;
    if (!undated[index] || ((size.get(part) ?? 0) < 2 && !targets.includes(index))) return;
    let circle = circles.get(part);
    if (!circle) circles.set(part, (circle = circleThrough(index, edges, component)));
    reasons.set(index, { kind: 'circle', circle });
    queue.push(index);
  });
  // Tasks that wait, directly or through others, on a task in a circle: walked back from the circles.
  const waiting = edges.map(() => [] as number[]);
  edges.forEach((targets, index) => {
    for (const target of targets) waiting[target]?.push(index);
  });
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    const reason = reasons.get(node);
    const circle = reason && reason.kind !== 'too-deep' ? reason.circle : [];
    for (const waiter of waiting[node] ?? []) {
      if (reasons.has(waiter)) continue;
      reasons.set(waiter, { kind: 'waits-on-circle', waitsFor: node, circle });
      queue.push(waiter);
    }
  }
  undated.forEach((isUndated, index) => {
    if (isUndated && !reasons.has(index)) reasons.set(index, { kind: 'too-deep', waitsFor: edges[index]?.[0] ?? waitedFor[index]?.[0] ?? null });
  });
  return reasons;
}

/** gantt/after-cycle for every task mermaid draws no bar for because its references never give it a date. */
export function lintUndatedTasks(dated: readonly DatedTask[], { reading, report }: LintContext): void {
  const name = (index: number): string => {
    const task = reading.tasks[index];
    return task ? quote(sourceText(reading, task.statement.token.start, task.statement.token.end)) : '`?`';
  };
  /** `A` waits for `B`, which waits for `A` again: the circle told from `from` when it is on it. */
  const circleText = (circle: readonly number[], from: number): string => {
    const told = circle.includes(from) ? rotate(circle, circle.indexOf(from)) : circle;
    const shown = told.slice(0, namedInCircle).map(name);
    const rest = told.length > namedInCircle ? `, and so on through ${told.length} tasks, back to ${name(told[0] ?? -1)}` : `, which waits for ${name(told[0] ?? -1)} again`;
    return `${shown[0] ?? ''} waits for ${shown.slice(1).join(', which waits for ')}${rest}`;
  };
  for (const [index, reason] of [...undatedTasks(dated)].sort((a, b) => a[0] - b[0])) {
    const task = reading.tasks[index];
    if (!task) continue;
    const at = task.statement.token.start;
    if (reason.kind === 'circle' && reason.circle.length === 1) {
      report('gantt/after-cycle', at, `${undrawn} its \`after\`/\`until\` names the task itself, so it never gets a date and mermaid draws no bar for it: give it a date of its own (\`2023-11-13\`)`);
    } else if (reason.kind === 'circle') {
      report('gantt/after-cycle', at, `${undrawn} ${circleText(reason.circle, index)}, a circle of \`after\`/\`until\` references in which no task ever gets a date, so mermaid draws no bar for any of them: give one of them a date of its own (\`2023-11-13\`) instead of \`after\`/\`until\``);
    } else if (reason.kind === 'waits-on-circle') {
      report('gantt/after-cycle', at, `${undrawn} it waits for ${name(reason.waitsFor)}, which never gets a date (${circleText(reason.circle, reason.waitsFor)}), so mermaid draws no bar for it: give one task in that circle a date of its own`);
    } else {
      const on = reason.waitsFor === null ? 'tasks' : name(reason.waitsFor);
      report('gantt/after-cycle', at, `${undrawn} it waits for ${on} further down the chart, through a chain of \`after\`/\`until\` references longer than the ${roundsFollowed} rounds mermaid follows, so mermaid draws no bar for it: write the tasks in the order they follow each other, or give this one a date`);
    }
  }
}

function rotate<T>(items: readonly T[], from: number): T[] {
  return [...items.slice(from), ...items.slice(0, from)];
}
