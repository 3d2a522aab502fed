/** mermaid's own render path on a jsdom page, stopped once the diagram is parsed: the reading worklog is checked against. */

import { JSDOM } from 'jsdom';

/** A diagram as mermaid's `Diagram.fromText` leaves it: the text its parser read, and the parser's db. */
export interface MermaidDiagram {
  text: string;
  db: unknown;
}

export type MermaidReading = { drawn: true; diagram: MermaidDiagram } | { drawn: false; error: string };

interface DiagramClass {
  fromText: (text: string, metadata?: { title?: string }) => Promise<MermaidDiagram>;
}

type ReadWithMermaid = (diagram: string) => Promise<MermaidReading>;

// mermaid is loaded, and its `Diagram.fromText` wrapped, once per test file.
let loaded: Promise<ReadWithMermaid> | null = null;

/**
 * Loads mermaid on a jsdom page and returns a function that reads a diagram exactly as `mermaid.render` does up to
 * its drawing: only `render` hands the front matter's title to the diagram (`getDiagramFromText` drops it), so the
 * reading goes through `render`, and `Diagram.fromText` is wrapped to keep what it parsed and to stop before drawing.
 */
export function loadMermaid(): Promise<ReadWithMermaid> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<ReadWithMermaid> {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  // `box` colours are checked with `new Option()` where a page has no CSS.supports, as jsdom does not.
  Object.assign(globalThis, { window, document: window.document, Option: window.Option });
  const { default: mermaid } = await import('mermaid');
  // The stress charts (thousands of tasks) are longer than the 50,000 characters mermaid reads by default (`maxTextSize`).
  mermaid.initialize({ startOnLoad: false, suppressErrorRendering: true, maxTextSize: 1_000_000 });

  const sample = await mermaid.mermaidAPI.getDiagramFromText('gantt\n');
  const diagramClass = sample.constructor as unknown as DiagramClass;
  const fromText = diagramClass.fromText.bind(diagramClass);
  const parsed = new Error('parsed');
  let reading: MermaidReading | null = null;
  diagramClass.fromText = async (text, metadata) => {
    try {
      reading = { drawn: true, diagram: await fromText(text, metadata) };
    } catch (error) {
      reading = { drawn: false, error: String(error) };
    }
    throw parsed;
  };

  let renders = 0;
  const readOne = async (diagram: string): Promise<MermaidReading> => {
    reading = null;
    renders += 1;
    try {
      await mermaid.render(`reference-${renders}`, diagram);
    } catch (error) {
      if (error !== parsed) return { drawn: false, error: String(error) };
    }
    return reading ?? { drawn: false, error: 'mermaid never parsed it' };
  };
  // One diagram at a time: what the wrapped `fromText` parsed is kept in one place.
  let queue: Promise<unknown> = Promise.resolve();
  return (diagram) => {
    const next = queue.then(() => readOne(diagram));
    queue = next.catch(() => undefined);
    return next;
  };
}
