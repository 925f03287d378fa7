#pragma once
// The files of one training run in its output directory, written so that a run killed at any
// instant (SIGKILL, power cut of the process, cancel) can be resumed exactly:
//   adapter_config.json, adapter_model.safetensors   the PEFT adapter of the last checkpoint
//   trainer_state.bin                                everything LoraTrainer needs to continue
//   finetune_log.jsonl                               one JSON record per line, either a step
//     {"step":N,"loss":x,"lr":x,"grad_norm":x,"tokens":N}  or an evaluation {"step":N,"val_loss":x}
//     (the shape the app's FineTuneJob reads, so the Fine-tune area draws a CLI run's curves)
// Every file is written beside its final name and renamed over it, so a kill mid-write leaves
// the previous good file. Log records are appended one whole line per write; a run resumed from
// the state of step S first drops the records after S (the killed run went on past its last
// checkpoint) and any torn last line, so the log of a resumed run reads like an uninterrupted one.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "engine/core/Result.h"

namespace sb {

class LoraTrainer;

struct TrainLogRecord {
    int64_t step = 0; // optimizer steps done
    double loss = std::nan(""); // NaN: an evaluation record (loss, lr, grad_norm, tokens left out)
    double lr = 0.0;
    double gradNorm = 0.0;
    int64_t tokens = 0;
    double valLoss = std::nan(""); // NaN: not an evaluation (left out)

    bool isStep() const { return !std::isnan(loss); }
    bool isEvaluation() const { return !std::isnan(valLoss); }
};

class LoraRunDir {
public:
    explicit LoraRunDir(std::string dir);
    ~LoraRunDir();
    LoraRunDir(const LoraRunDir &) = delete;
    LoraRunDir &operator=(const LoraRunDir &) = delete;

    const std::string &dir() const { return m_dir; }
    std::string statePath() const { return m_dir + "/trainer_state.bin"; }
    std::string logPath() const { return m_dir + "/finetune_log.jsonl"; }
    bool hasState() const;

    // Adapter (PEFT) and trainer state, each replaced atomically. The state is written first: it
    // is what a resume reads, and the adapter it is paired with is rewritten at the next save.
    // qkInterleavedHeadDim: see saveLoraAdapterPeft.
    Result<void> saveCheckpoint(const LoraTrainer &trainer, int64_t qkInterleavedHeadDim) const;

    // Opens the log for appending. keepUpToStep = 0 starts a new log; > 0 keeps the readable
    // records of steps 1..keepUpToStep (rewritten atomically) and drops the rest.
    Result<void> openLog(int64_t keepUpToStep);
    Result<void> appendLog(const TrainLogRecord &record);

    static std::string formatRecord(const TrainLogRecord &record);
    // The well-formed records of a log, in file order (a torn or foreign line is skipped).
    static Result<std::vector<TrainLogRecord>> readLog(const std::string &path);

private:
    std::string m_dir;
    std::FILE *m_log = nullptr;
};

} // namespace sb
