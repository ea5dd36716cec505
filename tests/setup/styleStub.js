const stub = {}
export default stub
