import type { PhrasingContent } from 'mdast';
import { bidiSegments, hasBidiControl } from '../../../src/shared/bidi.ts';

/**
 * Phrasing with each bidirectional control of its text in a `<bdi>` of its own (src/shared/bidi.ts says why one
 * `<bdi>` around the whole would not do): isolated, a control in a heading can reorder neither its number nor its title.
 */
export function controlsIsolated(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'link') return [{ ...node, children: controlsIsolated(node.children) }];
    if (node.type !== 'text' || !hasBidiControl(node.value)) return [node];
    return bidiSegments(node.value).map(({ text, control }) => (control ? { type: 'html', value: `<bdi>${text}</bdi>` } : { type: 'text', value: text }));
  });
}
