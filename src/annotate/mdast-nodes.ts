import type { Emphasis, Parent, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast'; // adds data.hName / data.hProperties to mdast nodes

/** A republisher's introduction or disclaimer, rendered as `<aside class="framing">`. */
export interface Framing extends Parent {
  type: 'framing';
  children: RootContent[];
}

/** A speaker turn, rendered as `<section class="turn" data-turn>`. */
export interface TurnNode extends Parent {
  type: 'turn';
  children: RootContent[];
}

/** An inline wrapper the annotator adds (speaker label), rendered as the element in `data.hName`. */
export interface AnnotationSpan extends Omit<Emphasis, 'type'> {
  type: 'annotationSpan';
}

declare module 'mdast' {
  interface RootContentMap {
    framing: Framing;
    turn: TurnNode;
  }
  interface PhrasingContentMap {
    annotationSpan: AnnotationSpan;
  }
}
