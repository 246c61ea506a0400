/**
 * Files and folders dropped anywhere on an element. Listeners are added
 * directly (not as JSX props) so the event names are the DOM's own in every
 * environment. Drags that carry no files (text, links) are left alone.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { droppedFiles, type NamedFile } from './read-files';

const carriesFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');

export function useFileDrop(
  target: RefObject<HTMLElement>,
  onFiles: (files: NamedFile[]) => void,
): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  // The latest handler, so the listeners need not be re-added on every render.
  const handler = useRef(onFiles);
  handler.current = onFiles;
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser opens the dropped file instead of handing it to the page.
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      // Leaving for a child element is not leaving the drop area.
      if (!e.relatedTarget || !el.contains(e.relatedTarget as Node)) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      // The entries must be taken now: the drop's data is emptied once the event ends.
      void droppedFiles(e.dataTransfer!).then((files) => handler.current(files));
    };
    el.addEventListener('dragover', over);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragover', over);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, []);
  return { dragging };
}
