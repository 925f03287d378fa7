#version 450
// Causal prefill attention; shared-memory reductions (every device). See common/attention_prefill_body.glsl.
#include "attention_prefill_body.glsl"
