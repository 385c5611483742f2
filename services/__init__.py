"""The four SupportLoop services. None imports another; they share only events and topics."""
