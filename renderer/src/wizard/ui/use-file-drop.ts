import { useState, type DragEvent } from 'react';
import { getApi } from '../../app/api';

const IMAGE_TYPES = /^image\//;

/**
 * Dropping image files from the OS file manager: their absolute paths (the preload asks Electron
 * for them; a file without a path on disk is ignored). `over` styles the drop target while dragging.
 */
export function useFileDrop(onPaths: (paths: string[]) => void) {
  const [over, setOver] = useState(false);
  const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');
  return {
    over,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const paths = [...event.dataTransfer.files]
          .filter((file) => IMAGE_TYPES.test(file.type) || /\.(png|jpe?g|svg|webp|gif|avif|tiff?)$/i.test(file.name))
          .map((file) => getApi().pathForFile(file))
          .filter((path) => path !== '');
        if (paths.length > 0) onPaths(paths);
      },
    },
  };
}
