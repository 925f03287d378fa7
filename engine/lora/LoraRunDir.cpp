#include "engine/lora/LoraRunDir.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/core/Platform.h"
#include "engine/lora/LoraFiles.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/model/FileIo.h"

namespace sb {

namespace {

void appendNumber(std::string &out, double v)
{
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest text that reads back as v
    out.append(buf, r.ptr);
}

std::optional<TrainLogRecord> parseRecord(std::string_view line)
{
    auto json = Json::parse(line);
    if (!json || !json.value().isObject())
        return std::nullopt;
    const Json &j = json.value();
    const Json *step = j.find("step");
    if (!step || !step->isNumber())
        return std::nullopt;
    TrainLogRecord r;
    r.step = step->asInt64();
    if (const Json *v = j.find("loss"); v && v->isNumber())
        r.loss = v->asDouble();
    if (const Json *v = j.find("lr"); v && v->isNumber())
        r.lr = v->asDouble();
    if (const Json *v = j.find("grad_norm"); v && v->isNumber())
        r.gradNorm = v->asDouble();
    if (const Json *v = j.find("tokens"); v && v->isNumber())
        r.tokens = v->asInt64();
    if (const Json *v = j.find("val_loss"); v && v->isNumber())
        r.valLoss = v->asDouble();
    return r;
}

// Replaces `to` by `from` (same directory): the one replace-file helper, atomic on POSIX file
// systems and replacing on Windows too.
using platform::replaceFile;

Result<void> makeDir(const std::string &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(pathFromUtf8(dir), ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create directory " + dir + ": " + ec.message());
    return {};
}

} // namespace

LoraRunDir::LoraRunDir(std::string dir)
    : m_dir(std::move(dir))
{
}

LoraRunDir::~LoraRunDir()
{
    if (m_log)
        std::fclose(m_log);
}

bool LoraRunDir::hasState() const
{
    std::error_code ec;
    return std::filesystem::is_regular_file(pathFromUtf8(statePath()), ec);
}

Result<void> LoraRunDir::saveCheckpoint(const LoraTrainer &trainer, int64_t qkInterleavedHeadDim) const
{
    SB_TRY(makeDir(m_dir));
    SB_TRY(trainer.saveState(statePath()));
    // The adapter goes to a side directory first; its files are then renamed into place one by
    // one (adapter_config.json only changes between runs, never between checkpoints of one run).
    const std::string side = m_dir + "/.checkpoint.tmp";
    SB_TRY(saveLoraAdapterPeft(trainer.adapter(), side, qkInterleavedHeadDim));
    SB_TRY(replaceFile(side + "/adapter_config.json", m_dir + "/adapter_config.json"));
    SB_TRY(replaceFile(side + "/adapter_model.safetensors", m_dir + "/adapter_model.safetensors"));
    std::error_code ec;
    std::filesystem::remove(pathFromUtf8(side), ec); // empty now; a leftover is harmless
    return {};
}

std::string LoraRunDir::formatRecord(const TrainLogRecord &r)
{
    std::string s = "{\"step\":" + std::to_string(r.step);
    if (r.isStep()) {
        s += ",\"loss\":";
        appendNumber(s, r.loss);
        s += ",\"lr\":";
        appendNumber(s, r.lr);
        s += ",\"grad_norm\":";
        appendNumber(s, r.gradNorm);
        s += ",\"tokens\":" + std::to_string(r.tokens);
    }
    if (r.isEvaluation()) {
        s += ",\"val_loss\":";
        appendNumber(s, r.valLoss);
    }
    s += "}\n";
    return s;
}

Result<std::vector<TrainLogRecord>> LoraRunDir::readLog(const std::string &path)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    std::vector<TrainLogRecord> out;
    std::string_view rest = text.value();
    while (!rest.empty()) {
        const size_t nl = rest.find('\n');
        if (nl == std::string_view::npos)
            break; // no newline: a torn last line
        if (auto r = parseRecord(rest.substr(0, nl)))
            out.push_back(*r);
        rest.remove_prefix(nl + 1);
    }
    return out;
}

Result<void> LoraRunDir::openLog(int64_t keepUpToStep)
{
    SB_TRY(makeDir(m_dir));
    if (m_log) {
        std::fclose(m_log);
        m_log = nullptr;
    }
    std::string kept;
    std::error_code ec;
    if (keepUpToStep > 0 && std::filesystem::exists(pathFromUtf8(logPath()), ec)) {
        auto records = readLog(logPath());
        if (!records)
            return records.error();
        for (const TrainLogRecord &r : records.value())
            if (r.step <= keepUpToStep)
                kept += formatRecord(r);
    }
    const std::string tmp = logPath() + ".tmp";
    SB_TRY(writeTextFile(tmp, kept));
    SB_TRY(replaceFile(tmp, logPath()));
    m_log = fopenUtf8(logPath(), "ab");
    if (!m_log)
        return makeError(ErrorCode::Io, "cannot open " + logPath() + ": " + std::strerror(errno));
    return {};
}

Result<void> LoraRunDir::appendLog(const TrainLogRecord &record)
{
    if (!m_log)
        return makeError(ErrorCode::InvalidArgument, "the training log of " + m_dir + " is not open");
    // One line, one write: the stdio buffer (BUFSIZ) holds a whole record, and fflush hands it to
    // the kernel in a single write(2), which a kill cannot split.
    const std::string line = formatRecord(record);
    if (std::fwrite(line.data(), 1, line.size(), m_log) != line.size() || std::fflush(m_log) != 0)
        return makeError(ErrorCode::Io, "cannot append to " + logPath() + ": " + std::strerror(errno));
    return {};
}

} // namespace sb
