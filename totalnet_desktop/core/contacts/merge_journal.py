"""The journal a merge keeps of every row it moves or removes, which its undo replays."""

from __future__ import annotations


def row_dict(model, row_id: int) -> dict:
    return model.select().where(model.id == row_id).dicts().get()


class MergeJournal:
    """What a merge changed, in the shape the undo handler replays.

    Every value kept is the one from before the merge: a column changed twice (moved to the survivor,
    then cleared) keeps its first old value, and a row removed after it was moved is kept as it was
    before the move, its move dropped (undo re-inserts it whole, and must not touch its id, which
    another row may have taken by then).
    """

    def __init__(self) -> None:
        self.moved: list[list] = []  # [table, row id, {column: old value}]
        self.deleted: list[list] = []  # [table, row dict]
        self._old: dict[tuple[str, int], dict] = {}  # the {column: old value} of each moved row

    def move(self, model, row_id: int, **changes) -> None:
        table = model._meta.table_name
        old = row_dict(model, row_id)
        entry = self._old.get((table, row_id))
        if entry is None:
            entry = self._old[(table, row_id)] = {}
            self.moved.append([table, row_id, entry])
        for name in changes:
            entry.setdefault(name, old[name])
        model.update(**changes).where(model.id == row_id).execute()

    def delete(self, model, row_id: int) -> None:
        table = model._meta.table_name
        row = row_dict(model, row_id)
        entry = self._old.pop((table, row_id), None)
        if entry is not None:
            row.update(entry)
            self.moved = [m for m in self.moved if m[2] is not entry]
        self.deleted.append([table, row])
        model.delete().where(model.id == row_id).execute()
