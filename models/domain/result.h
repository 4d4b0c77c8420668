// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Dateline
{

/**
 * The outcome of an operation that can fail: a value, or a message a person can read.
 *
 * Errors are values in Dateline (STYLE.md 7): stores, importers and parsers return a Result
 * instead of throwing or logging, and the caller decides how to show the message.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }

    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &value() & { return *m_value; }
    [[nodiscard]] T &&value() && { return std::move(*m_value); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

/** A Result with no value: success, or a readable message. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    template<typename T>
    static Status from(const Result<T> &result)
    {
        return result.ok() ? Status() : failure(result.error());
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace Dateline
