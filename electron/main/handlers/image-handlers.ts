import type { GeneratedImageView, ImageJobResult, WrittenImages } from '../../../shared/ipc/image-types';
import { makeLogoSet, makeSlides, writeImageSet, type GeneratedImage } from '../../services/image-studio';
import { ForbiddenError } from '../error-info';
import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';

/** Kept in main per job, so writing sends a job id back instead of trusting bytes from the page. */
interface ImageJobValue extends ImageJobResult {
  generated: GeneratedImage[];
}

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

function toResult(generated: GeneratedImage[], warnings: ImageJobResult['warnings']): ImageJobValue {
  return { images: generated.map(view), warnings, generated };
}

type ImageChannels = 'images:logo-set' | 'images:slides' | 'images:write';

export function imageHandlers(deps: HandlerDeps): Pick<Handlers, ImageChannels> {
  const { jobs, grants } = deps;
  const results = new Map<string, ImageJobValue>();

  const publicResult = (jobId: string, value: ImageJobValue): ImageJobResult => {
    results.set(jobId, value);
    // Only the most recent sets stay in memory: images are megabytes each.
    for (const key of [...results.keys()].slice(0, Math.max(0, results.size - 8))) results.delete(key);
    return { images: value.images, warnings: value.warnings };
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
        });
        job.throwIfCancelled();
        return publicResult(ticket.jobId, toResult(made.files, made.warnings));
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
        return publicResult(ticket.jobId, toResult(made.files, made.warnings));
      });
      return ticket;
    },

    'images:write': async (jobId, outFolder): Promise<WrittenImages> => {
      grants.assertInsideFolder(outFolder, 'Images');
      const value = results.get(jobId);
      if (!value) throw new ForbiddenError(`No finished image set ${jobId} is waiting to be saved. Make the images again.`);
      const files = await writeImageSet(value.generated, outFolder);
      return { folder: outFolder, files };
    },
  };
}
