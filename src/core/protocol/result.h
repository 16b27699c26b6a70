#pragma once

#include "protocolerror.h"

#include <utility>

namespace Easel {

// Completion value of one request: either a value or a ProtocolError.
template<typename T>
class Result
{
public:
    Result() = default;
    Result(T value) : m_value(std::move(value)) {}
    Result(ProtocolError error) : m_error(std::move(error)) {}

    bool isOk() const { return !m_error.isError(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const ProtocolError &error() const { return m_error; }

private:
    T m_value{};
    ProtocolError m_error;
};

// The value of requests whose success carries no data (POST /queue, /interrupt, ...).
struct Done
{};

} // namespace Easel
