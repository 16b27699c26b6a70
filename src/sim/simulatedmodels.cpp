#include "simulatedmodels.h"

#include "jsontree.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Easel::Sim::SimulatedModels {

namespace {

const QHash<QString, QStringList> &filesByFolder()
{
    static const QHash<QString, QStringList> files{
        {u"checkpoints"_s,
         {u"sd_xl_base_1.0.safetensors"_s, u"sd_xl_refiner_1.0.safetensors"_s,
          u"v1-5-pruned-emaonly-fp16.safetensors"_s, u"v1-5-pruned-emaonly.safetensors"_s}},
        {u"vae"_s, {u"sdxl_vae.safetensors"_s, u"vae-ft-mse-840000-ema-pruned.safetensors"_s}},
        {u"loras"_s, {u"detail_tweaker.safetensors"_s, u"watercolor_style.safetensors"_s}},
        {u"diffusion_models"_s, {u"flux1-dev.safetensors"_s, u"lotus-depth-d-v1-1.safetensors"_s}},
        {u"text_encoders"_s, {u"clip_l.safetensors"_s, u"t5xxl_fp16.safetensors"_s}},
        {u"controlnet"_s, {u"control_v11p_sd15_canny.pth"_s}},
        {u"upscale_models"_s, {u"RealESRGAN_x4plus.pth"_s}},
        {u"clip_vision"_s, {u"clip_vision_g.safetensors"_s}},
    };
    return files;
}

struct LoaderInput
{
    const char *className;
    const char *inputName;
    const char *folder;
};

// Which loader input lists which folder (the server builds these lists with
// folder_paths.get_filename_list in each loader's INPUT_TYPES).
constexpr LoaderInput loaderInputs[] = {
    {"CheckpointLoaderSimple", "ckpt_name", "checkpoints"},
    {"CheckpointLoader", "ckpt_name", "checkpoints"},
    {"ImageOnlyCheckpointLoader", "ckpt_name", "checkpoints"},
    {"unCLIPCheckpointLoader", "ckpt_name", "checkpoints"},
    {"VAELoader", "vae_name", "vae"},
    {"LoraLoader", "lora_name", "loras"},
    {"LoraLoaderModelOnly", "lora_name", "loras"},
    {"UNETLoader", "unet_name", "diffusion_models"},
    {"CLIPLoader", "clip_name", "text_encoders"},
    {"DualCLIPLoader", "clip_name1", "text_encoders"},
    {"DualCLIPLoader", "clip_name2", "text_encoders"},
    {"ControlNetLoader", "control_net_name", "controlnet"},
    {"UpscaleModelLoader", "model_name", "upscale_models"},
    {"CLIPVisionLoader", "clip_name", "clip_vision"},
};

} // namespace

QStringList files(const QString &folder)
{
    return filesByFolder().value(folder);
}

void applyTo(JsonTree &objectInfo)
{
    for (const LoaderInput &loader : loaderInputs) {
        const QString className = QString::fromLatin1(loader.className);
        const QString inputName = QString::fromLatin1(loader.inputName);
        if (!objectInfo.contains(className))
            continue;
        JsonTree definition = objectInfo.value(className);
        JsonTree input = definition.value(u"input");
        JsonTree required = input.value(u"required");
        JsonTree spec = required.value(inputName);
        // Only the legacy list form [[choices...], {options}] is filled; other forms are
        // left as recorded.
        if (!spec.isArray() || spec.size() == 0 || !spec.at(0).isArray())
            continue;
        spec.at(0) = JsonTree::fromStringList(files(QString::fromLatin1(loader.folder)));
        required.insert(inputName, spec);
        input.insert(u"required"_s, required);
        definition.insert(u"input"_s, input);
        objectInfo.insert(className, definition);
    }
}

} // namespace Easel::Sim::SimulatedModels
