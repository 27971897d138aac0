import type { GeneratedImageView, ImageJobResult } from '../../../shared/ipc/image-types';
import { makeLogoSet, makeSlides, type GeneratedImage, type StudioWarning } from '../../services/image-studio';
import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';

function view(image: GeneratedImage): GeneratedImageView {
  return {
    file: image.file,
    width: image.width,
    height: image.height,
    bytes: image.bytes,
    encoding: image.encoding,
    mediaType: image.mediaType,
    data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength),
  };
}

type ImageChannels = 'images:logo-set' | 'images:slides' | 'images:restore';

export function imageHandlers(deps: HandlerDeps): Pick<Handlers, ImageChannels> {
  const { jobs, imageSets } = deps;

  /** The set is kept (on disk, by id) before the page sees it, so writing sends an id back instead of trusting bytes from the page. */
  const keep = async (images: GeneratedImage[], warnings: StudioWarning[]): Promise<ImageJobResult> => {
    const setId = await imageSets.put(images, warnings);
    return { setId, images: images.map(view), warnings };
  };

  return {
    'images:logo-set': (request) => {
      const ticket = jobs.start('Making the logo set', async (job): Promise<ImageJobResult> => {
        job.progress(0.1, 'Making every branding size');
        const made = await makeLogoSet(request.source, {
          platform: request.platform,
          areas: request.areas,
          wide: request.wideSource ?? undefined,
          small: request.smallSource ?? undefined,
          fit: request.fit,
          position: request.position,
          padding: request.padding,
          background: request.background,
          clearBackground: request.clearBackground,
        });
        job.throwIfCancelled();
        return { ...(await keep(made.files, made.warnings)), uniformBackground: made.uniformBackground, backgroundCleared: made.backgroundCleared };
      });
      return ticket;
    },

    'images:slides': (request) => {
      const ticket = jobs.start('Making tour slides', async (job): Promise<ImageJobResult> => {
        job.progress(0.1, `Making ${request.sources.length} slide(s) for ${request.locale}`);
        const made = await makeSlides(request.sources, request.locale, {
          platform: request.platform,
          fit: request.fit,
          position: request.position,
          background: request.background,
          format: request.format,
          firstNumber: request.firstNumber,
        });
        job.throwIfCancelled();
        return keep(made.files, made.warnings);
      });
      return ticket;
    },

    'images:restore': async (setId): Promise<ImageJobResult | null> => {
      const set = await imageSets.get(setId);
      return set ? { setId, images: set.images.map(view), warnings: set.warnings } : null;
    },
  };
}
