#pragma once
// The CPU reference ops (the project's oracle), one header per family. Every op takes raw fp32
// arrays with explicit shapes (llm.c style) and knows nothing about layers or models; ops on the
// LoRA training path come in forward/backward pairs whose backward ACCUMULATES gradients.

#include "ops/Attention.h"
#include "ops/Elementwise.h"
#include "ops/Lora.h"
#include "ops/Loss.h"
#include "ops/Matmul.h"
#include "ops/Norm.h"
#include "ops/Rope.h"
#include "ops/ThreadPool.h"
#include "ops/WeightRows.h"
