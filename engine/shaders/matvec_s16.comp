#version 450
// Decode matrix-vector product reading 16-bit words (storageBuffer16BitAccess).
#define SB_STORAGE16 1
#include "matvec_body.glsl"
