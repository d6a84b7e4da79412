"""Time: clock times written and read (``clock``), every block's times resolved (``schedule``)."""
