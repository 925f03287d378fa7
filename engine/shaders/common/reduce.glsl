// Workgroup-wide sum and max through shared memory; every invocation gets the result.
// Requires: local_size_x == WG_SIZE (a power of two) and `shared float sbReduce[WG_SIZE];`.
#ifndef SB_REDUCE_GLSL
#define SB_REDUCE_GLSL

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
