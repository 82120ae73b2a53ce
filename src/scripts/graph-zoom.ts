import { select, zoom, zoomIdentity, type D3ZoomEvent } from 'd3';

/**
 * Returns whether an input may start a zoom or a pan of a graph inside a scrolling page. Two or
 * more fingers may, because one finger scrolls the page. The wheel may only with Ctrl or ⌘ held,
 * so that scrolling past the graph never gets stuck in it. The primary mouse button may.
 */
export function isGraphZoomGesture(event: Event): boolean {
  if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  return !(event as MouseEvent).button;
}

export interface GraphZoom {
  zoomBy(factor: number): void;
  reset(): void;
  /** Pans, keeping the zoom level, so that a point in graph units is at the centre of the view. */
  centerOn(x: number, y: number): void;
}

/**
 * Adds zoom and pan to an SVG graph. Gestures accepted by isGraphZoomGesture transform
 * `viewport`, the group that contains the drawing. Double-click and double-tap do not zoom,
 * because a click on a node already opens it. Give the SVG `touch-action: pan-x pan-y`, so that
 * the browser scrolls the page for one finger and leaves pinches to this handler.
 */
export function attachGraphZoom(
  svg: SVGSVGElement,
  viewport: SVGGElement,
  scaleExtent: [number, number] = [0.5, 8],
): GraphZoom {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent(scaleExtent)
    .filter(isGraphZoomGesture)
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
    });
  const root = select(svg);
  root.call(behaviour).on('dblclick.zoom', null);
  return {
    zoomBy: (factor) => root.call(behaviour.scaleBy, factor),
    reset: () => root.call(behaviour.transform, zoomIdentity),
    centerOn: (x, y) => root.call(behaviour.translateTo, x, y),
  };
}
