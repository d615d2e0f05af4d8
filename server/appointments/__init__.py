"""Counter appointments (預約取籌): the slot calendar, bookings guarded by the database, tickets, and
Macao's public holidays. The operation kinds are in :mod:`server.ops.appointments`; the demo's
bookable services, locations and weekly patterns in :mod:`server.demo.appointments`."""
