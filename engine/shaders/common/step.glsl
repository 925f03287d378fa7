// Per-step values a recorded command buffer reads at run time, so one recording is replayed
// for every decode step: the host rewrites this small buffer, never the commands.
#ifndef SB_STEP_GLSL
#define SB_STEP_GLSL
layout(std430, binding = STEP_BINDING) readonly buffer StepParams {
    uint posBase;      // position of the first token of this step
    uint kvLen;        // positions cached after this step's keys/values are stored
    float randomU;     // uniform in [0, 1) for sampling
    float temperature; // <= 0: greedy
    uint topK;         // candidates kept for sampling (1 = greedy)
} step;
#endif
