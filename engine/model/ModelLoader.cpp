#include "engine/model/ModelLoader.h"

#include <filesystem>
#include <map>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/model/FileIo.h"
#include "engine/model/GgufModel.h"
#include "engine/model/HfConfig.h"
#include "engine/model/Safetensors.h"
#include "engine/model/SmolLM3Tensors.h"

namespace sb {

namespace fs = std::filesystem;

namespace {

bool isPlainFileName(const std::string &name)
{
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos
        && name.find('\\') == std::string::npos && name.find('\0') == std::string::npos;
}

bool fileExists(const fs::path &p)
{
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

// Opens the safetensors files of a directory and maps each tensor name to its file.
Result<void> openShards(const fs::path &dir, std::vector<std::shared_ptr<SafetensorsFile>> &files,
    std::map<std::string, const SafetensorsFile *> &byTensor)
{
    const fs::path index = dir / "model.safetensors.index.json";
    const fs::path single = dir / "model.safetensors";
    if (!fileExists(index)) {
        if (!fileExists(single))
            return makeError(ErrorCode::NotFound,
                pathToUtf8(dir) + ": no model.safetensors or model.safetensors.index.json");
        auto f = SafetensorsFile::open(pathToUtf8(single));
        if (!f)
            return f.error();
        files.push_back(std::make_shared<SafetensorsFile>(std::move(f.value())));
        for (const TensorView &v : files.back()->tensors())
            byTensor[v.name] = files.back().get();
        return {};
    }
    auto text = readTextFile(pathToUtf8(index), 64u * 1024 * 1024);
    if (!text)
        return text.error();
    auto json = Json::parse(text.value());
    if (!json)
        return makeError(ErrorCode::Format, pathToUtf8(index) + ": invalid JSON: " + json.error().message);
    const Json &map = json.value()["weight_map"];
    if (!map.isObject())
        return makeError(ErrorCode::Format, pathToUtf8(index) + ": missing \"weight_map\" object");
    std::map<std::string, std::shared_ptr<SafetensorsFile>> opened;
    for (const auto &[tensor, fileJson] : map.asObject()) {
        if (!fileJson.isString() || !isPlainFileName(fileJson.asString()))
            return makeError(ErrorCode::Format,
                pathToUtf8(index) + ": tensor '" + tensor + "' maps to an invalid file name "
                    + fileJson.dump());
        const std::string &name = fileJson.asString();
        auto it = opened.find(name);
        if (it == opened.end()) {
            auto f = SafetensorsFile::open(pathToUtf8(dir / name));
            if (!f)
                return f.error();
            auto shared = std::make_shared<SafetensorsFile>(std::move(f.value()));
            files.push_back(shared);
            it = opened.emplace(name, shared).first;
        }
        if (!it->second->find(tensor))
            return makeError(ErrorCode::Format,
                it->second->path() + ": tensor '" + tensor
                    + "' is listed in model.safetensors.index.json but missing from the file");
        byTensor[tensor] = it->second.get();
    }
    return {};
}

Result<LoadedModel> loadHfDirectory(const fs::path &dir, const ProgressFn &progress)
{
    auto config = loadHfConfig(pathToUtf8(dir / "config.json"));
    if (!config)
        return config.error();
    std::vector<std::shared_ptr<SafetensorsFile>> files;
    std::map<std::string, const SafetensorsFile *> byTensor;
    SB_TRY(openShards(dir, files, byTensor));

    LoadedModel m;
    m.format = ModelFormat::HfDirectory;
    m.path = pathToUtf8(dir);
    m.weights.config = config.value();
    m.weights.layers.resize(static_cast<size_t>(config->numLayers));
    m.weights.qkInterleaved = false;
    const std::vector<TensorSpec> specs = smolLM3TensorSpecs(config.value());
    ModelProgress p;
    p.tensorsTotal = static_cast<int64_t>(specs.size());
    for (const auto &f : files)
        p.bytesTotal += f->fileSize();
    for (const TensorSpec &spec : specs) {
        auto it = byTensor.find(spec.hfName);
        if (it == byTensor.end())
            return makeError(ErrorCode::Format,
                pathToUtf8(dir) + ": tensor '" + spec.hfName + "' is missing (expected shape "
                    + shapeToString(spec.shape) + ")");
        const TensorView &v = *it->second->find(spec.hfName);
        SB_TRY(checkTensorShape(v, spec.shape, spec.isNorm(), it->second->path()));
        weightSlot(m.weights, spec) = v;
        m.weightBytes += v.nbytes;
        ++p.tensorsDone;
        p.bytesDone += v.nbytes;
        if (progress && !progress(p))
            return makeError(ErrorCode::Cancelled, pathToUtf8(dir) + ": loading cancelled");
    }
    for (auto &f : files)
        m.owners.push_back(f);
    if (fileExists(dir / "tokenizer.json"))
        m.tokenizerJsonPath = pathToUtf8(dir / "tokenizer.json");
    if (fileExists(dir / "tokenizer_config.json"))
        m.tokenizerConfigPath = pathToUtf8(dir / "tokenizer_config.json");
    return m;
}

} // namespace

Result<void> checkTensorShape(
    const TensorView &v, const std::vector<int64_t> &expected, bool isNorm, const std::string &file)
{
    if (v.shape != expected)
        return makeError(ErrorCode::Format,
            file + ": tensor '" + v.name + "' has shape " + shapeToString(v.shape) + ", expected "
                + shapeToString(expected));
    if (isNorm && v.dtype != DType::F32 && v.dtype != DType::F16 && v.dtype != DType::BF16)
        return makeError(ErrorCode::Unsupported,
            file + ": tensor '" + v.name + "' is a norm stored as " + dtypeName(v.dtype)
                + " (expected F32, F16 or BF16)");
    if (!expected.empty() && expected.back() % dtypeBlockSize(v.dtype) != 0)
        return makeError(ErrorCode::Format,
            file + ": tensor '" + v.name + "': rows of " + std::to_string(expected.back())
                + " elements are not whole " + dtypeName(v.dtype) + " blocks");
    const size_t need = tensorBytes(v.dtype, expected);
    if (v.data == nullptr || v.nbytes < need)
        return makeError(ErrorCode::Format,
            file + ": tensor '" + v.name + "' holds " + std::to_string(v.nbytes) + " bytes, needs "
                + std::to_string(need));
    return {};
}

Result<LoadedModel> loadModel(const std::string &path, const ProgressFn &progress)
{
    std::error_code ec;
    const fs::path p = pathFromUtf8(path);
    if (fs::is_directory(p, ec))
        return loadHfDirectory(p, progress);
    if (!fs::exists(p, ec))
        return makeError(ErrorCode::NotFound, path + ": no such file or directory");
    if (p.filename() == "config.json" || p.extension() == ".safetensors")
        return loadHfDirectory(p.parent_path().empty() ? fs::path(".") : p.parent_path(), progress);
    return loadGgufModel(path, progress);
}

} // namespace sb
