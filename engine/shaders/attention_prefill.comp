#version 450
// Causal prefill attention, tiled over query and key blocks. See common/attention_prefill_body.glsl.
#include "attention_prefill_body.glsl"
