// Lua scripts run atomically in Redis; the time is Redis's own (TIME), so replicas' clocks never disagree.

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * KEYS: holders (zset, score = lease end), queue (zset, score = arrival), queue leases (zset,
 * score = place end), arrival counter. ARGV: holder, limit, ttl ms.
 * Returns {1} when the slot is held, else {0, rank in the queue (0 is next), queue size}.
 */
export const ACQUIRE_SLOT = `${NOW}
local holder, limit, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
-- Idle keys go away by themselves, a while after their last entry would have.
local function touch() for i = 1, 4 do redis.call('PEXPIRE', KEYS[i], ttl * 4) end end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)) do redis.call('ZREM', KEYS[2], gone) end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if redis.call('ZSCORE', KEYS[1], holder) then
  redis.call('ZADD', KEYS[1], now + ttl, holder)
  touch()
  return {1}
end
if not redis.call('ZSCORE', KEYS[2], holder) then
  redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[4]), holder)
end
redis.call('ZADD', KEYS[3], now + ttl, holder)
local free = limit - redis.call('ZCARD', KEYS[1])
local rank = redis.call('ZRANK', KEYS[2], holder)
if rank < free then
  redis.call('ZREM', KEYS[2], holder)
  redis.call('ZREM', KEYS[3], holder)
  redis.call('ZADD', KEYS[1], now + ttl, holder)
  touch()
  return {1}
end
touch()
if free < 0 then free = 0 end
return {0, rank - free, redis.call('ZCARD', KEYS[2])}`;

/** KEYS: holders, queue leases. ARGV: holder, ttl ms. Extends whichever the holder has. */
export const REFRESH_SLOT = `${NOW}
redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZADD', KEYS[2], 'XX', now + tonumber(ARGV[2]), ARGV[1])
return 1`;

/** KEYS: a window's counter. ARGV: window ms. Returns {count, ms until the window ends}. */
export const COUNT_REQUEST = `local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {count, left}`;
