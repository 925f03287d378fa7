#include "engine/ops/Norm.h"

#include <cmath>

namespace sb {

void rmsNormForward(
    float *out, const float *in, const float *weight, int64_t rows, int64_t dim, float eps, float *rstd)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *x = in + r * dim;
        float *y = out + r * dim;
        // The mean of squares in double: this is the oracle, and it costs nothing next to matmul.
        double ss = 0.0;
        for (int64_t i = 0; i < dim; ++i)
            ss += static_cast<double>(x[i]) * x[i];
        const float s = static_cast<float>(1.0 / std::sqrt(ss / static_cast<double>(dim) + eps));
        for (int64_t i = 0; i < dim; ++i)
            y[i] = weight[i] * (x[i] * s);
        if (rstd)
            rstd[r] = s;
    }
}

void rmsNormBackward(float *dIn, float *dWeight, const float *dOut, const float *in, const float *weight,
    const float *rstd, int64_t rows, int64_t dim)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *x = in + r * dim;
        const float *dy = dOut + r * dim;
        float *dx = dIn + r * dim;
        const float s = rstd[r];
        // y_i = w_i x_i s with s = (mean(x^2) + eps)^-1/2, so ds/dx_j = -s^3 x_j / dim and
        // dx_j = s w_j dy_j - x_j s^3 / dim · Σ_i w_i dy_i x_i.
        double dot = 0.0;
        for (int64_t i = 0; i < dim; ++i)
            dot += static_cast<double>(weight[i]) * dy[i] * x[i];
        const float k = static_cast<float>(dot * s * s * s / static_cast<double>(dim));
        for (int64_t i = 0; i < dim; ++i) {
            dx[i] += s * weight[i] * dy[i] - k * x[i];
            if (dWeight)
                dWeight[i] += dy[i] * x[i] * s;
        }
    }
}

} // namespace sb
