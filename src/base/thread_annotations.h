// Clang's thread-safety analysis attributes
// (https://clang.llvm.org/docs/ThreadSafetyAnalysis.html). The sanitizer build compiles with Clang
// and -Werror=thread-safety, so a member marked GUARDED_BY(mu_) that is touched without mu_ held,
// or a function marked REQUIRES(mu_) called without it, fails that build. Under GCC (the release
// and TSan builds) they expand to nothing. Use them with pln::Mutex (base/mutex.h): libstdc++'s
// std::mutex carries no annotations.
#pragma once

#if defined(__clang__)
#define PLN_THREAD_ANNOTATION(x) __attribute__((x))
#else
#define PLN_THREAD_ANNOTATION(x)
#endif

// On a type: it is a lock ("mutex") the analysis tracks.
#define CAPABILITY(x) PLN_THREAD_ANNOTATION(capability(x))
// On an RAII type: holds a capability from construction to destruction.
#define SCOPED_CAPABILITY PLN_THREAD_ANNOTATION(scoped_lockable)
// On a member: reads and writes need the given mutex held (writes: held exclusively).
#define GUARDED_BY(x) PLN_THREAD_ANNOTATION(guarded_by(x))
// On a pointer member: what it points to needs the mutex held.
#define PT_GUARDED_BY(x) PLN_THREAD_ANNOTATION(pt_guarded_by(x))
// On a mutex member: the order in which mutexes must be taken.
#define ACQUIRED_BEFORE(...) PLN_THREAD_ANNOTATION(acquired_before(__VA_ARGS__))
#define ACQUIRED_AFTER(...) PLN_THREAD_ANNOTATION(acquired_after(__VA_ARGS__))
// On a function: callers must hold the mutexes (exclusively / at least shared).
#define REQUIRES(...) PLN_THREAD_ANNOTATION(requires_capability(__VA_ARGS__))
#define REQUIRES_SHARED(...) PLN_THREAD_ANNOTATION(requires_shared_capability(__VA_ARGS__))
// On a function: it takes / releases the mutexes (no argument: `this`).
#define ACQUIRE(...) PLN_THREAD_ANNOTATION(acquire_capability(__VA_ARGS__))
#define ACQUIRE_SHARED(...) PLN_THREAD_ANNOTATION(acquire_shared_capability(__VA_ARGS__))
#define RELEASE(...) PLN_THREAD_ANNOTATION(release_capability(__VA_ARGS__))
#define RELEASE_SHARED(...) PLN_THREAD_ANNOTATION(release_shared_capability(__VA_ARGS__))
#define RELEASE_GENERIC(...) PLN_THREAD_ANNOTATION(release_generic_capability(__VA_ARGS__))
#define TRY_ACQUIRE(...) PLN_THREAD_ANNOTATION(try_acquire_capability(__VA_ARGS__))
#define TRY_ACQUIRE_SHARED(...) PLN_THREAD_ANNOTATION(try_acquire_shared_capability(__VA_ARGS__))
// On a function: callers must not hold the mutexes (it takes them itself).
#define EXCLUDES(...) PLN_THREAD_ANNOTATION(locks_excluded(__VA_ARGS__))
// On a function: tells the analysis the mutex is held here (checked at run time, if at all).
#define ASSERT_CAPABILITY(x) PLN_THREAD_ANNOTATION(assert_capability(x))
#define ASSERT_SHARED_CAPABILITY(x) PLN_THREAD_ANNOTATION(assert_shared_capability(x))
// On a function: it returns a reference to the given mutex.
#define RETURN_CAPABILITY(x) PLN_THREAD_ANNOTATION(lock_returned(x))
// On a function: the analysis skips its body. Each use says why in a comment.
#define NO_THREAD_SAFETY_ANALYSIS PLN_THREAD_ANNOTATION(no_thread_safety_analysis)
