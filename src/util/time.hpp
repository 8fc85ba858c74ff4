// Transaction time: timestamps and the injectable clock that stamps
// `recorded_at` on every appended record.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace igo::util {

// Microseconds since 1970-01-01T00:00:00Z.
using Timestamp = std::int64_t;

// Accepts "YYYY-MM-DDTHH:MM:SSZ", with optional ".f" to ".ffffff" before the Z,
// and a bare day "YYYY-MM-DD". A bare day means its first instant unless
// `day_end` is set, then its last microsecond ("known at 2024-07-04" includes
// everything recorded that day).
enum class DayBound : std::uint8_t { start, end };
Result<Timestamp> parse_timestamp(std::string_view text, DayBound bound = DayBound::start);
// "YYYY-MM-DDTHH:MM:SSZ", with ".ffffff" only when the microseconds are not 0.
std::string format_timestamp(Timestamp t);

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() = 0;
};

// The machine's UTC clock.
class SystemClock final : public Clock {
 public:
  Timestamp now() override;
};

// A clock for tests and reproducible builds: returns the time it was set to,
// then advances by `step` after each call.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Timestamp start, Timestamp step = 0) : m_now(start), m_step(step) {}
  Timestamp now() override;
  void set(Timestamp t) { m_now = t; }

 private:
  Timestamp m_now;
  Timestamp m_step;
};

}  // namespace igo::util
