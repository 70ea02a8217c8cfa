#include "app/saved_searches/alerts.h"

#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "domain/saved_search.h"

namespace pln::app {
namespace {

using L = domain::SavedSearchLimits;

// Saved searches read per query when a post is matched against all of them.
constexpr int kPage = 500;

std::string OpportunityLink(OpportunityId id) {
  return "/opportunities/" + std::to_string(id.value());
}

// "Data analyst at Acme; Junior dbt engineer at Foo; and 2 more"
std::string AlertBody(const std::vector<const domain::Opportunity*>& told) {
  std::string body;
  for (size_t i = 0; i < told.size() && i < L::kTitlesInAlert; ++i) {
    if (i > 0) body += "; ";
    body += told[i]->post.title + " at " + told[i]->post.organization;
  }
  if (told.size() > L::kTitlesInAlert) {
    body += "; and " + std::to_string(told.size() - L::kTitlesInAlert) + " more";
  }
  return body;
}

}  // namespace

Result<bool> TellIfDue(Tx& tx, const SavedSearch& search, int64_t now) {
  if (!domain::AlertDue(search.search.period, search.last_alert_at, now)) return false;
  ASSIGN_OR_RETURN(std::vector<PendingMatch> pending, tx.saved_searches().Pending(search.id));
  if (pending.empty()) return false;

  std::vector<domain::Opportunity> posts;
  std::vector<OpportunityId> dropped;
  std::vector<MemberId> posters;
  for (const PendingMatch& m : pending) {
    ASSIGN_OR_RETURN(std::optional<domain::Opportunity> o, tx.opportunities().Get(m.opportunity));
    if (!o) {
      dropped.push_back(m.opportunity);
      continue;
    }
    posters.push_back(o->poster);
    posts.push_back(std::move(*o));
  }
  ASSIGN_OR_RETURN(auto relations, tx.connections().Relationships(search.member, posters));

  std::vector<OpportunityId> told_ids;
  std::vector<const domain::Opportunity*> told;
  for (const domain::Opportunity& o : posts) {
    auto it = relations.find(o.poster);
    const bool blocked = it != relations.end() && it->second.blocked_either_way();
    if (domain::StillAlertable(search.search.query, search.member, o, blocked, now)) {
      told_ids.push_back(o.id);
      told.push_back(&o);
    } else {
      dropped.push_back(o.id);
    }
  }
  RETURN_IF_ERROR(tx.saved_searches().DropPending(search.id, dropped));
  if (told.empty()) return false;
  RETURN_IF_ERROR(tx.saved_searches().MarkAlerted(search.id, told_ids, now));

  NewNotification n;
  n.recipient = search.member;
  n.kind = "saved_search.alert";
  n.title = domain::AlertTitle(told.size(), search.search.name);
  n.body = AlertBody(told);
  // One post: the post itself; several: the Opportunities page filtered by the search.
  n.link = told.size() == 1 ? OpportunityLink(told[0]->id)
                            : "/opportunities?saved_search=" + std::to_string(search.id.value());
  RETURN_IF_ERROR(Notify(tx, n, now));
  return true;
}

bool SavedSearchMatcher::Wants(const DomainEvent& event) const {
  return std::holds_alternative<OpportunityPosted>(event);
}

Status SavedSearchMatcher::Handle(Tx& tx, const StoredEvent& stored, const DomainEvent& event) {
  const auto* posted = std::get_if<OpportunityPosted>(&event);
  if (posted == nullptr) return Status::Ok();
  const int64_t now = clock_.NowMs();
  ASSIGN_OR_RETURN(std::optional<domain::Opportunity> o,
                   tx.opportunities().Get(posted->opportunity));
  // Gone, or closed or hidden before the matcher came to it: nobody hears of it.
  if (!o || domain::StateAt(*o, now) != domain::OpportunityState::kOpen) return Status::Ok();
  int64_t after = 0;
  while (true) {
    ASSIGN_OR_RETURN(std::vector<SavedSearch> page, tx.saved_searches().ListAll(after, kPage));
    for (const SavedSearch& s : page) {
      if (!domain::NewMatch(s.search.query, s.member, s.created_at, *o, stored.at)) continue;
      ASSIGN_OR_RETURN(bool added, tx.saved_searches().AddMatch(s.id, o->id, stored.at));
      if (added) RETURN_IF_ERROR(TellIfDue(tx, s, now));
    }
    if (page.size() < static_cast<size_t>(kPage)) break;
    after = page.back().id.value();
  }
  return Status::Ok();
}

Result<int> SavedSearchSweep::Run() {
  const int64_t now = clock_.NowMs();
  int sent = 0;
  int64_t after = 0;
  while (true) {
    std::vector<SavedSearchId> ids;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(ids, tx.saved_searches().WithPending(after, kPage));
      return Status::Ok();
    }));
    for (SavedSearchId id : ids) {
      bool told = false;
      RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
        told = false;
        ASSIGN_OR_RETURN(std::optional<SavedSearch> s, tx.saved_searches().Get(id));
        if (!s) return Status::Ok();  // deleted meanwhile
        ASSIGN_OR_RETURN(told, TellIfDue(tx, *s, now));
        return Status::Ok();
      }));
      if (told) ++sent;
    }
    if (ids.size() < static_cast<size_t>(kPage)) break;
    after = ids.back().value();
  }
  return sent;
}

}  // namespace pln::app
