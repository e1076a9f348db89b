-- Version 4: `card.reviewed` says whether a card has a schedule (1) or is still new (0), so new
-- cards are found through a small index. Version 2 shipped first without the column and was
-- later edited in place to add it, and no release ever set it to 1; migrate.rs adds the column
-- first when a database lacks it. Here every card gets its true value, and triggers keep it
-- true whatever writes the schedule table.
UPDATE card SET reviewed = (id IN (SELECT card_id FROM card_state))
    WHERE reviewed != (id IN (SELECT card_id FROM card_state));
CREATE INDEX IF NOT EXISTS card_new ON card (first_seen) WHERE active = 1 AND reviewed = 0;

CREATE TRIGGER card_scheduled AFTER INSERT ON card_state BEGIN
    UPDATE card SET reviewed = 1 WHERE id = NEW.card_id AND reviewed != 1;
END;
CREATE TRIGGER card_unscheduled AFTER DELETE ON card_state BEGIN
    UPDATE card SET reviewed = 0 WHERE id = OLD.card_id AND reviewed != 0;
END;
-- A card whose schedule arrived before the card itself (an import of cards the library no
-- longer offers, then the library offering them again).
CREATE TRIGGER card_known AFTER INSERT ON card BEGIN
    UPDATE card SET reviewed = 1
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM card_state WHERE card_id = NEW.id);
END;
