/**
 * The image pipeline behind {@link com.coachkeep.shared.application.ImageSanitizer}: uploads recognised by their
 * bytes, limited before decoding, decoded with ImageIO and TwelveMonkeys, turned upright and re-encoded without any
 * of their metadata (docs/photos.md).
 */
package com.coachkeep.infrastructure.image;
