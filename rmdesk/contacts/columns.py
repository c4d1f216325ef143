"""Where the contact's fields live in the book that both the plain-SQL listings
(book.py) and the ORM (records.py) need to name."""

from __future__ import annotations

from rmdesk.domain.kinds import Question

# The five qualification questions (DOMAIN.md step 1), one column each.
QUESTION_COLUMNS = {
    Question.NEED: "q_need",
    Question.AFFORD: "q_afford",
    Question.GOOD_CLIENT: "q_good_client",
    Question.AUTHORITY: "q_authority",
    Question.VALUE: "q_value",
}
