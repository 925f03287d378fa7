#version 450
// Causal prefill attention; subgroup reductions (devices with subgroup arithmetic in compute).
#define SB_SUBGROUP 1
#include "attention_prefill_body.glsl"
