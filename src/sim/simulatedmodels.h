#pragma once

#include <QString>
#include <QStringList>

namespace Easel {
class JsonTree;
}

namespace Easel::Sim {

// The model files the simulator pretends to have. The recorded /object_info comes from a
// server with no models, so every loader's list is empty there and the usual workflows
// (an SD 1.5 or SDXL checkpoint, a VAE, a LoRA) would all fail validation with
// value_not_in_list. The simulator fills the loaders' lists, and /models/{folder}, from
// this set: a deliberate difference from the capture, so that Easel runs real-looking
// workflows with no GPU.
namespace SimulatedModels {
QStringList files(const QString &folder);
// Fills the choices of the known loader inputs in an /object_info tree.
void applyTo(JsonTree &objectInfo);
} // namespace SimulatedModels

} // namespace Easel::Sim
