// Work on several threads, results in input order: what `newslens analyze -j N` runs on.
#ifndef NEWSLENS_TOOLS_CLI_IN_ORDER_H_
#define NEWSLENS_TOOLS_CLI_IN_ORDER_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newslens::cli {

// Runs work(i) for every i in [0, count) on `jobs` threads (at least 1), and emit(i, result) on
// the calling thread in the order of i: each result as soon as it and all before it are done.
// At most `window` results are done and not yet emitted (at least `jobs`), so memory stays
// bounded by the largest few results however many items there are. `work` must be safe to call
// from several threads at once; `emit` is never called concurrently. With jobs == 1, work and
// emit alternate on the calling thread, and no thread is started.
template <typename Result>
void RunInOrder(std::size_t count, int jobs, std::size_t window,
                const std::function<Result(std::size_t)>& work,
                const std::function<void(std::size_t, Result&)>& emit) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Result result = work(i);
      emit(i, result);
    }
    return;
  }
  if (window < static_cast<std::size_t>(jobs)) window = static_cast<std::size_t>(jobs);
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::optional<Result>> done(count);
  std::size_t next = 0;     // the next item a worker takes
  std::size_t emitted = 0;  // items emitted so far

  auto worker = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      // An item is taken only when its result will fit in the window: a slow first item does
      // not let the others pile up behind it.
      changed.wait(lock, [&] { return next >= count || next < emitted + window; });
      if (next >= count) return;
      const std::size_t i = next++;
      lock.unlock();
      Result result = work(i);
      lock.lock();
      done[i].emplace(std::move(result));
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(static_cast<std::size_t>(jobs));
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < count; ++i) {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return done[i].has_value(); });
    Result result = std::move(*done[i]);
    done[i].reset();
    lock.unlock();
    emit(i, result);
    lock.lock();
    ++emitted;
    changed.notify_all();
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace newslens::cli

#endif  // NEWSLENS_TOOLS_CLI_IN_ORDER_H_
