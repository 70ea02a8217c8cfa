#include "graph/engine.h"

#include <exception>
#include <string>
#include <utility>

namespace pln::graph {

std::unique_ptr<Engine> Engine::Create(std::shared_ptr<const Snapshot> base, Options options) {
  return std::unique_ptr<Engine>(new Engine(std::move(base), std::move(options)));
}

Engine::Engine(std::shared_ptr<const Snapshot> base, Options options)
    : options_(std::move(options)) {
  auto delta = std::make_shared<const Delta>(*base);
  state_ = std::make_shared<const State>(State{std::move(base), std::move(delta)});
  if (options_.background_merge) merge_thread_ = std::thread([this] { MergeLoop(); });
}

Engine::~Engine() {
  {
    MutexLock lock(write_mu_);
    stop_ = true;
  }
  merge_cv_.NotifyAll();
  if (merge_thread_.joinable()) merge_thread_.join();
}

std::shared_ptr<const Engine::State> Engine::Acquire() const {
  MutexLock lock(state_mu_);
  return state_;
}

void Engine::Publish(std::shared_ptr<const State> state) {
  std::shared_ptr<const State> old;
  {
    MutexLock lock(state_mu_);
    old = std::exchange(state_, std::move(state));
  }
  // `old` is released here, outside the lock (it may free a whole snapshot).
}

Status Engine::Apply(const Op& op, const Snapshot& base, Delta& delta) {
  GraphView view(base, &delta);
  if (op.member) {
    auto u = view.Find(op.a);
    uint32_t idx = u ? *u : delta.AddMember(op.a);
    delta.SetAttributes(idx, op.attributes);
    return Status::Ok();
  }
  auto u = view.Find(op.a);
  auto v = view.Find(op.b);
  if (!u || !v) return NotFoundError("member not found");
  if (*u == *v) return ValidationError({{"member", "must differ from the other member"}});
  delta.Set(base, op.relation, *u, *v, op.present);
  return Status::Ok();
}

Status Engine::Write(Op op) {
  MutexLock lock(write_mu_);
  auto state = Acquire();
  auto delta = std::make_shared<Delta>(*state->delta);
  RETURN_IF_ERROR(Apply(op, *state->snapshot, *delta));
  log_.push_back(std::move(op));
  Publish(std::make_shared<const State>(State{state->snapshot, std::move(delta)}));
  if (options_.background_merge && log_.size() >= options_.merge_threshold && !merge_requested_) {
    merge_requested_ = true;
    lock.Unlock();
    merge_cv_.NotifyOne();
  }
  return Status::Ok();
}

Status Engine::UpsertMember(MemberId member, MemberAttributes attributes) {
  Op op;
  op.member = true;
  op.a = member.value();
  op.attributes =
      std::make_shared<const FlatAttributes>(FlatAttributes::From(std::move(attributes)));
  return Write(std::move(op));
}

Status Engine::Set(Relation r, MemberId a, MemberId b, bool present) {
  Op op;
  op.a = a.value();
  op.b = b.value();
  op.relation = r;
  op.present = present;
  return Write(std::move(op));
}

Status Engine::MergeNow() {
  MutexLock merging(merge_mu_);
  std::shared_ptr<const State> start;
  size_t logged = 0;
  {
    MutexLock lock(write_mu_);
    start = Acquire();
    logged = log_.size();
  }
  if (logged == 0) return Status::Ok();
  // The expensive part runs without locks: readers and writers carry on.
  ASSIGN_OR_RETURN(auto snapshot, Merge(start->view()));
  MutexLock lock(write_mu_);
  auto delta = std::make_shared<Delta>(*snapshot);
  for (size_t i = logged; i < log_.size(); ++i) {
    // Ops were valid when logged and member ids never disappear, so replay
    // cannot fail; keep going regardless to stay consistent with what was acked.
    (void)Apply(log_[i], *snapshot, *delta);
  }
  log_.erase(log_.begin(), log_.begin() + static_cast<long>(logged));
  ++merges_;
  Publish(std::make_shared<const State>(State{std::move(snapshot), std::move(delta)}));
  return Status::Ok();
}

void Engine::MergeLoop() {
  for (;;) {
    {
      MutexLock lock(write_mu_);
      while (!stop_ && !merge_requested_) merge_cv_.Wait(write_mu_);
      if (stop_) return;
    }
    Status s;
    try {
      s = MergeNow();
    } catch (const std::exception& e) {
      // Escaping, it would end this thread and the process (std::bad_alloc from a merge of a
      // large network, say). A failed merge loses nothing: the log still holds every write, and
      // the next write past the threshold asks for another merge.
      s = InternalError(std::string("merge failed: ") + e.what());
    } catch (...) {
      s = InternalError("merge failed");
    }
    MutexLock lock(write_mu_);
    merge_requested_ = false;
    // If writes piled up during the merge, go again.
    if (s.ok() && log_.size() >= options_.merge_threshold) merge_requested_ = true;
  }
}

Result<std::vector<PersonSuggestion>> Engine::PeopleYouMayKnow(MemberId viewer, size_t k) const {
  auto state = Acquire();
  GraphView view = state->view();
  auto u = view.Find(viewer.value());
  if (!u) return NotFoundError("member not found");
  RecommendOptions ro = options_.recommend;
  ro.reasons = true;
  auto found = Recommend(view, *u, k, options_.weights, ro);
  std::vector<PersonSuggestion> out;
  out.reserve(found.size());
  for (auto& s : found) {
    PersonSuggestion p;
    p.member = MemberId(view.ExternalId(s.node));
    p.score = s.score;
    p.mutual_count = s.reasons.mutual_count;
    for (uint32_t m : s.reasons.mutuals) p.mutuals.push_back(MemberId(view.ExternalId(m)));
    p.shared_fields = std::move(s.reasons.shared_fields);
    p.shared_skills = std::move(s.reasons.shared_skills);
    p.shared_groups = std::move(s.reasons.shared_groups);
    p.same_organization = s.reasons.same_organization;
    p.complementary = s.reasons.complementary;
    p.follows = s.reasons.follows;
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<MemberPath>> Engine::HowConnected(MemberId viewer, MemberId target,
                                                     size_t max_paths) const {
  auto state = Acquire();
  GraphView view = state->view();
  auto u = view.Find(viewer.value());
  auto v = view.Find(target.value());
  if (!u || !v) return NotFoundError("member not found");
  PathOptions po = options_.paths;
  po.max_paths = max_paths;
  std::vector<MemberPath> out;
  for (auto& p : ShortestPaths(view, *u, *v, po)) {
    MemberPath m;
    for (uint32_t x : p.nodes) m.members.push_back(MemberId(view.ExternalId(x)));
    m.hop_strength = std::move(p.hop_strength);
    out.push_back(std::move(m));
  }
  return out;
}

Engine::Stats Engine::GetStats() const {
  auto state = Acquire();
  Stats s;
  s.members = state->delta->node_count();
  s.snapshot_connections = state->snapshot->connection_count();
  s.core_bytes = state->snapshot->CoreMemoryBytes();
  MutexLock lock(write_mu_);
  s.logged_operations = log_.size();
  s.merges = merges_;
  return s;
}

}  // namespace pln::graph
