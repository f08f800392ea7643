// SPDX-License-Identifier: MIT
#include "Figure.h"

#include <algorithm>

double Figure::median() const
{
    if (samples.isEmpty())
        return 0;
    QList<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

double Figure::min() const
{
    return samples.isEmpty() ? 0 : *std::min_element(samples.cbegin(), samples.cend());
}

double Figure::max() const
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
}
