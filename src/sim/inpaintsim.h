#pragma once

#include "jsontree.h"

#include <QImage>

#include <optional>

namespace Easel::Sim {

// Inpainting, simulated so a client can see that its mask arrived: an output whose picture
// comes through an inpainting node (VAEEncodeForInpaint, SetLatentNoiseMask,
// InpaintModelConditioning) fed by a LoadImage's MASK is that LoadImage's picture, with
// new pixels only where the mask is (LoadImage: MASK = 1 - alpha of the file).
namespace InpaintSim {

struct Source
{
    QImage image; // ARGB32, opaque
    QImage mask;  // Alpha8, 255 = regenerate
};

// The masked picture upstream of `nodeId`'s input link, if the chain has an inpainting node.
std::optional<Source> maskedSource(const JsonTree &prompt, const JsonTree &link, const QString &dataDir);
// generated (any size) where the mask is, the source elsewhere; at the source's size.
QImage compose(const QImage &generated, const Source &source);

} // namespace InpaintSim

} // namespace Easel::Sim
