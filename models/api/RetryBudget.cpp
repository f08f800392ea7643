// SPDX-License-Identifier: MIT
#include "RetryBudget.h"

#include <algorithm>

RetryBudget::RetryBudget(int capacity, double refillPerSuccess)
    : m_capacity(std::max(0, capacity)),
      m_refillPerSuccess(std::max(0.0, refillPerSuccess)),
      m_available(m_capacity)
{
}

void RetryBudget::reset(int capacity, double refillPerSuccess)
{
    m_capacity = std::max(0, capacity);
    m_refillPerSuccess = std::max(0.0, refillPerSuccess);
    m_available = m_capacity;
}

bool RetryBudget::tryWithdraw()
{
    if (m_available < 1.0)
        return false;
    m_available -= 1.0;
    return true;
}

void RetryBudget::recordSuccess()
{
    m_available = std::min<double>(m_capacity, m_available + m_refillPerSuccess);
}
