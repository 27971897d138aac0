import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../app/api';

const IMAGE_TYPES = /^image\//;
const IMAGE_NAMES = /\.(png|jpe?g|svg|webp|gif|avif|tiff?)$/i;

const isImage = (file: File): boolean => IMAGE_TYPES.test(file.type) || IMAGE_NAMES.test(file.name);

/**
 * Dropping image files from the OS file manager: their absolute paths (the preload asks Electron
 * for them). `over` styles the drop target while dragging; `problem` names the files of the last
 * drop that were not used (not images, or not files on disk, e.g. dragged from a browser), since
 * a drop that silently does nothing looks broken.
 */
export function useFileDrop(onPaths: (paths: string[]) => void) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [notUsed, setNotUsed] = useState<string[]>([]);
  const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');
  return {
    over,
    problem: notUsed.length > 0 ? t('wizard.drop.notUsed', { count: notUsed.length, files: notUsed.join(', ') }) : null,
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
        const paths: string[] = [];
        const refused: string[] = [];
        for (const file of event.dataTransfer.files) {
          const path = isImage(file) ? getApi().pathForFile(file) : '';
          if (path === '') refused.push(file.name);
          else paths.push(path);
        }
        setNotUsed(refused);
        if (paths.length > 0) onPaths(paths);
      },
    },
  };
}
