// Does not compile under Clang on purpose: the test ThreadSafetyAnalysis.RejectsUnguardedAccess
// (src/base/CMakeLists.txt) checks that the sanitizer build's analysis reports both mistakes.
#include "base/mutex.h"

class Counter {
 public:
  void Add() { ++count_; }  // writes count_ without mu_
  int Get() EXCLUDES(mu_) {
    pln::MutexLock lock(mu_);
    return Peek();
  }
  void Drop() { Peek(); }  // calls Peek() without mu_

 private:
  int Peek() REQUIRES(mu_) { return count_; }
  pln::Mutex mu_;
  int count_ GUARDED_BY(mu_) = 0;
};

int main() {
  Counter c;
  c.Add();
  c.Drop();
  return c.Get();
}
