"""Time: clock times written and read (``clock``), every block's times resolved (``schedule``).

``clock`` is the only module that knows how a time or a duration is written or added up;
``schedule`` applies the format's rules day by day and reports the times it cannot have.
"""
