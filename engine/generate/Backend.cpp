#include "engine/generate/Backend.h"

#include "engine/sampling/Sampler.h"

namespace sb {

Result<int32_t> Backend::forwardSampled(std::span<const int32_t>, int64_t, const SamplingParams &, double)
{
    return makeError(
        ErrorCode::InvalidArgument, std::string("the ") + name() + " backend does not sample on the device");
}

} // namespace sb
