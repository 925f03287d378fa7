#pragma once
// The CPU reference ops (the project's oracle), one header per family. Every op takes raw fp32
// arrays with explicit shapes (llm.c style) and knows nothing about layers or models; ops on the
// LoRA training path come in forward/backward pairs whose backward ACCUMULATES gradients.

#include "engine/ops/Attention.h"
#include "engine/ops/Elementwise.h"
#include "engine/ops/Lora.h"
#include "engine/ops/Loss.h"
#include "engine/ops/Matmul.h"
#include "engine/ops/Norm.h"
#include "engine/ops/Rope.h"
#include "engine/ops/ThreadPool.h"
#include "engine/ops/WeightRows.h"
