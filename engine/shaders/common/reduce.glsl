// Workgroup-wide sum and max; every invocation gets the result.
// Requires: local_size_x == WG_SIZE (a power of two) and `shared float sbReduce[WG_SIZE];`.
// With SB_SUBGROUP (devices with subgroup arithmetic in compute): subgroupAdd/subgroupMax inside
// each subgroup, one partial per subgroup in shared memory, one barrier, and every invocation
// sums the partials in the same order (so all agree bit for bit). Without it: a shared-memory
// tree, log2(WG_SIZE) barriers. Both end with a barrier, so writes to other shared arrays made
// before the call are visible after it.
#ifndef SB_REDUCE_GLSL
#define SB_REDUCE_GLSL

#ifdef SB_SUBGROUP
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require

float workgroupSum(float v, uint lid)
{
    const float s = subgroupAdd(v);
    if (subgroupElect())
        sbReduce[gl_SubgroupID] = s;
    barrier();
    float total = 0.0;
    for (uint i = 0u; i < gl_NumSubgroups; ++i)
        total += sbReduce[i];
    barrier();
    return total;
}

float workgroupMax(float v, uint lid)
{
    const float s = subgroupMax(v);
    if (subgroupElect())
        sbReduce[gl_SubgroupID] = s;
    barrier();
    float total = sbReduce[0];
    for (uint i = 1u; i < gl_NumSubgroups; ++i)
        total = max(total, sbReduce[i]);
    barrier();
    return total;
}

#else

float workgroupSum(float v, uint lid)
{
    sbReduce[lid] = v;
    barrier();
    for (uint s = WG_SIZE / 2; s > 0; s >>= 1) {
        if (lid < s)
            sbReduce[lid] += sbReduce[lid + s];
        barrier();
    }
    float total = sbReduce[0];
    barrier();
    return total;
}

float workgroupMax(float v, uint lid)
{
    sbReduce[lid] = v;
    barrier();
    for (uint s = WG_SIZE / 2; s > 0; s >>= 1) {
        if (lid < s)
            sbReduce[lid] = max(sbReduce[lid], sbReduce[lid + s]);
        barrier();
    }
    float total = sbReduce[0];
    barrier();
    return total;
}

#endif
#endif
